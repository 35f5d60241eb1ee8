"""Vector indexes a database holds itself, one module each: a module of this package whose
`BACKEND` is a `HeldBackend` (backend.py) is found by `store.vector_backend`, chosen by its name
(`WORLDHIRE_VECTOR_BACKEND`, or on its database by default) and run through the contract every
backend passes (tests/index/test_backend_contract.py) with no other change."""
