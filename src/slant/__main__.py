from slant.cli import run

run()
