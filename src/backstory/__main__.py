from backstory.cli import main

main()
