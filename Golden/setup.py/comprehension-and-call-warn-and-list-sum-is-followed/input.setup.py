from setuptools import setup

base = ["requests>=2.0"]
setup(
    install_requires=[r.strip() for r in base],
    tests_require=["pytest>=7.0"] + ["mock>=4.0"],
    extras_require=load_extras("extras.json"),
)
