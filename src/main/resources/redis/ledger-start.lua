-- Starts a day's send in one round trip (SendLedger.start): takes the lease KEYS[1] (SET NX PX ARGV[1])
-- and, if taken, reads the attempt note KEYS[2], writing one (ARGV[2], for ARGV[3] seconds) when there is
-- none. Returns {1, the earlier note or nil} when the lease was taken, else {0, the send's state or nil}.
if not redis.call('SET', KEYS[1], 'sending', 'NX', 'PX', ARGV[1]) then
  return {0, redis.call('GET', KEYS[1])}
end
local attempted = redis.call('GET', KEYS[2])
if not attempted then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
end
return {1, attempted}
