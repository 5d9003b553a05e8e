"""Execute one notebook top to bottom in a fresh kernel with nbclient (real Jupyter).

Usage: python3 execute_notebook.py NOTEBOOK OUT_JSON KERNEL_NAME TIMEOUT_SECONDS
       python3 execute_notebook.py --versions

Writes the executed notebook to OUT_JSON. If a cell fails, writes nothing there, prints one
JSON object {"cell": index, "cell_id": ..., "ename": ..., "evalue": ..., "traceback": [...]}
to stderr and exits 3. The caller (lib/reproduce/main.ts) normalises and reports.
"""
import json
import os
import sys


def versions():
    import jupyter_client
    import nbclient
    import nbformat

    print(json.dumps({
        "python": sys.version.split()[0],
        "nbclient": nbclient.__version__,
        "nbformat": nbformat.__version__,
        "jupyter_client": jupyter_client.__version__,
    }, sort_keys=True))


def first_error(nb):
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, cell, output
    return None


def main(path, out, kernel_name, timeout):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=timeout,
        record_timing=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as error:
        found = first_error(nb)
        if found is None:
            report = {"cell": None, "cell_id": None, "ename": type(error).__name__,
                      "evalue": str(error).splitlines()[-1] if str(error) else "", "traceback": []}
        else:
            index, cell, output = found
            report = {"cell": index, "cell_id": cell.get("id"), "ename": output.get("ename"),
                      "evalue": output.get("evalue"), "traceback": output.get("traceback", [])}
        sys.stderr.write(json.dumps(report) + "\n")
        sys.exit(3)
    with open(out, "w", encoding="utf-8") as handle:
        nbformat.write(nb, handle)


if __name__ == "__main__":
    if sys.argv[1:] == ["--versions"]:
        versions()
    else:
        main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
