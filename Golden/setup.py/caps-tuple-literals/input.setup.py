from setuptools import setup

setup(
    setup_requires=("setuptools_scm>=6.2",),
    tests_require=(
        'pytest>=7.0',
        'mock>=4.0'
    ),
)
