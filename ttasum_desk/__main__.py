from ttasum_desk.app import main

raise SystemExit(main())
