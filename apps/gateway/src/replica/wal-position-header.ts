/**
 * The response header that carries the WAL position of a mutation's write, and the request
 * header a client (or a load balancer that keeps it per session) sends it back in: its next
 * queries then read that write, whichever gateway process answers them. Its own file, with no
 * imports, because the CORS policy (read with the configuration) names it too.
 */
export const WAL_POSITION_HEADER = 'x-chidao-wal-lsn'
