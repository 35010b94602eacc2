from setuptools import setup

setup(
    setup_requires=("setuptools_scm>=6.2,<7",),
    tests_require=(
        'pytest>=7.0,<8',
        'mock>=4.0,<5'
    ),
)
