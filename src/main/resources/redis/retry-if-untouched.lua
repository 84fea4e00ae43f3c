-- A target handed to the fan-out was postponed to ARGV[2]; if its handler left it there (the send
-- failed, or another sender held it), it is due again at ARGV[3]. KEYS[1]: the due index;
-- ARGV[1]: the target.
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score and tonumber(score) == tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  return 1
end
return 0
