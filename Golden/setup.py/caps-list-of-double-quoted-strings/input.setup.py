from setuptools import setup

setup(name="demo", install_requires=["requests>=2.0", "click>=7.0"])
