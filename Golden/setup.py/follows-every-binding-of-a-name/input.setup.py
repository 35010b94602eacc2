from setuptools import setup

requires = ["requests>=2.0"]
if sys.platform == "win32":
    requires = ["requests>=2.0", "pywin32>=300"]

setup(install_requires=requires, tests_require=["pytest>=7.0"])
