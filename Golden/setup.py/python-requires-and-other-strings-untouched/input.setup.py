from setuptools import setup

setup(
    python_requires=">=3.8",
    classifiers=["Programming Language :: Python :: 3"],
    entry_points={"console_scripts": ["demo = demo:main"]},
    install_requires=["requests>=2.0"],
)
