from setuptools import setup

requires = ["requests>=2.0"]
requires += ["click>=7.0"]
extra = ["rich>=10.0"]
extra.append("colorama>=0.4")

setup(install_requires=requires, extras_require={"cli": extra})
