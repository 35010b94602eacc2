from setuptools import setup

requires = ["requests>=2.0,<3"]
if sys.platform == "win32":
    requires = ["requests>=2.0,<3", "pywin32>=300,<307"]

setup(install_requires=requires, tests_require=["pytest>=7.0,<8"])
