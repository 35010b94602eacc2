from setuptools import setup

about = {"__version__": "1.4.0", "__title__": "demo"}
banner = f"{about["__title__"]} {'"'}{about["__version__"]}{'"'}"

setup(
    name=about["__title__"],
    version=f"{about["__version__"]}",
    description=f"{"\n".join(["A demo", banner])}",
    install_requires=["requests>=2.28,<3", f"urllib3>={about["__version__"]}", "idna>=3.4,<4"],
)
