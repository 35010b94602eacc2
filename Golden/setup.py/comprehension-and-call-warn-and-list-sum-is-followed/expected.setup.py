from setuptools import setup

base = ["requests>=2.0"]
setup(
    install_requires=[r.strip() for r in base],
    tests_require=["pytest>=7.0,<8"] + ["mock>=4.0,<5"],
    extras_require=load_extras("extras.json"),
)
