from worldhire.cli.main import run

run()
