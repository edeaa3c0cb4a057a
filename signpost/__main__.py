import sys

from signpost.cli import main

sys.exit(main())
