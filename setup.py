"""Packaging glue: ship the top-level ``resources/`` folder as ``kastdesk/_resources``.

Everything else lives in pyproject.toml; setuptools cannot map a folder outside the
package into it from pyproject alone while also discovering the packages.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kastdesk", "kastdesk.*"]), "kastdesk._resources"],
    package_dir={"kastdesk._resources": "resources"},
    package_data={"kastdesk": ["py.typed"], "kastdesk._resources": ["*", "*/*", "*/*/*"]},
    include_package_data=False,
)
