"""Any number of bumble virtual controllers on one link, one per HCI transport named on the
command line (bumble's own apps/controllers.py takes exactly two): the app, the simulated
treadmill and the simulated strap each get one.

    python tests/devices/bumble_controllers.py tcp-server:_:PORT1 tcp-server:_:PORT2 ...

One change to bumble's Controller, so a host that dies (kill -9) and the next one that opens
the same controller behave as with a real one. A controller outlives its host: its links stay
up when the program using it vanishes (a USB dongle keeps its connections alive until it is
reset), and bumble's virtual one does the same. But HCI Reset, which every host sends first,
is a no-op in bumble 0.0.236 ("TODO: cleanup"), so the dead host's link would stay forever and
the next host could never reach the machine again. A real controller's Reset resets its Link
Layer (Core spec, Vol 4, Part E, 7.3.2): its connections end without a word on the air, and the
peer learns it from the supervision timeout (error 0x08, connection timeout). ``_RealReset``
does that, and forgets a pending connection request as a real one does.
"""

import asyncio
import sys

from bumble import hci, ll
from bumble.controller import Controller
from bumble.link import LocalLink
from bumble.transport import open_transport


class _RealReset(Controller):
    def on_hci_reset_command(
        self, command: hci.HCI_Reset_Command
    ) -> hci.HCI_StatusReturnParameters:
        for connection in list(self.le_connections.values()):
            # What the peer sees when a controller goes quiet: its supervision timeout. The
            # host that sent the Reset is not told (it knows of no connection).
            connection.send_ll_control_pdu(
                ll.TerminateInd(hci.HCI_ErrorCode.CONNECTION_TIMEOUT_ERROR)
            )
            del self.le_connections[connection.peer_address]
        self.pending_le_connection = None
        return super().on_hci_reset_command(command)


async def main() -> None:
    link, transports = LocalLink(), []
    for index, name in enumerate(sys.argv[1:]):
        transport = await open_transport(name)
        transports.append(transport)  # kept open for the process's life
        _RealReset(f"C{index}", host_source=transport.source, host_sink=transport.sink, link=link)
    await asyncio.get_running_loop().create_future()


if __name__ == "__main__":
    asyncio.run(main())
