"""Any number of bumble virtual controllers on one link, one per HCI transport named on the
command line (bumble's own apps/controllers.py takes exactly two): the app, the simulated
treadmill and the simulated strap each get one.

    python tests/devices/bumble_controllers.py tcp-server:_:PORT1 tcp-server:_:PORT2 ...
"""

import asyncio
import sys

from bumble.controller import Controller
from bumble.link import LocalLink
from bumble.transport import open_transport


async def main() -> None:
    link, transports = LocalLink(), []
    for index, name in enumerate(sys.argv[1:]):
        transport = await open_transport(name)
        transports.append(transport)  # kept open for the process's life
        Controller(f"C{index}", host_source=transport.source, host_sink=transport.sink, link=link)
    await asyncio.get_running_loop().create_future()


if __name__ == "__main__":
    asyncio.run(main())
