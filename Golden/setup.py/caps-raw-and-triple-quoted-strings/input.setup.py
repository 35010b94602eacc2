from setuptools import setup

setup(install_requires=[r'requests>=2.0', '''click>=7.0''', """rich>=10.0""", u"attrs>=19.2", Rb"nope>=1"])
