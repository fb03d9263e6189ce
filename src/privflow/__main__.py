from privflow.cli import main

main()
