from privflow.cli import entry

entry()
