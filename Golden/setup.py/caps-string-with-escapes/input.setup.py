from setuptools import setup

setup(install_requires=["Werkzeug\x3e=0.15", "Jinja2\u003e=2.10.1", "click\N{GREATER-THAN SIGN}=5.1", "six\076=1.9"])
