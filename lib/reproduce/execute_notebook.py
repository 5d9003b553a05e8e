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


LATE_OUTPUT_GRACE_SECONDS = 0.05


def make_client_class():
    """NotebookClient that also keeps outputs the kernel publishes just after 'idle'.

    Deno's kernel sometimes sends a cell's execute_result right after the cell's
    status 'idle' (seen with deno 2.9.6: about 1 cell in 6, arriving 0.2-1 ms after
    'idle'). nbclient stops listening at
    'idle' and would drop that output, making executed notebooks differ from run to run.
    After 'idle' we keep reading this cell's messages until the channel has been quiet
    for LATE_OUTPUT_GRACE_SECONDS.
    """
    import queue

    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionComplete
    from nbclient.util import ensure_async

    class DenoNotebookClient(NotebookClient):
        current_cell = None

        async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
            self.current_cell = cell_index
            return await super().async_execute_cell(cell, cell_index, *args, **kwargs)

        async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
            while True:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
                if msg["parent_header"].get("msg_id") == parent_msg_id:
                    try:
                        self.process_message(msg, cell, cell_index)
                    except CellExecutionComplete:
                        break
            while True:
                try:
                    msg = await ensure_async(
                        self.kc.iopub_channel.get_msg(timeout=LATE_OUTPUT_GRACE_SECONDS))
                except queue.Empty:
                    return
                if msg["parent_header"].get("msg_id") == parent_msg_id:
                    try:
                        self.process_message(msg, cell, cell_index)
                    except CellExecutionComplete:
                        pass

    return DenoNotebookClient


def first_error(nb):
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, cell, output
    return None


def main(path, out, kernel_name, timeout):
    import nbformat
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.read(path, as_version=4)
    client = make_client_class()(
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
            # The kernel said the cell failed but sent no error output (e.g. a type error
            # it reports only in its reply): name the cell that was running.
            index = client.current_cell
            lines = [line for line in str(error).splitlines() if line.strip()]
            report = {"cell": index,
                      "cell_id": nb.cells[index].get("id") if index is not None else None,
                      "ename": type(error).__name__,
                      "evalue": lines[-1] if lines else "", "traceback": []}
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
