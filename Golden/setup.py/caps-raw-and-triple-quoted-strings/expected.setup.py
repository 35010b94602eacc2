from setuptools import setup

setup(install_requires=[r'requests>=2.0,<3', '''click>=7.0,<8''', """rich>=10.0,<11""", u"attrs>=19.2,<20", Rb"nope>=1"])
