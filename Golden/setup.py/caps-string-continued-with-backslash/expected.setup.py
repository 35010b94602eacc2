from setuptools import setup

setup(install_requires=["click\
>=7.0,<8", 'rich >= 10.0, <11 ; python_version >= "3.7"'])
