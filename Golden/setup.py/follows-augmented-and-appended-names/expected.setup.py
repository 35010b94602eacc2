from setuptools import setup

requires = ["requests>=2.0,<3"]
requires += ["click>=7.0,<9"]
extra = ["rich>=10.0,<14"]
extra.append("colorama>=0.4,<0.5")

setup(install_requires=requires, extras_require={"cli": extra})
