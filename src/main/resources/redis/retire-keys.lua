-- Gives the keys of a workspace that left a time to live, so its data goes after the retention
-- period unless the workspace installs the coach again. KEYS: the keys of one SCAN page, then the
-- set that remembers which keys had no time to live of their own. ARGV[1]: seconds to keep.
local keep = tonumber(ARGV[1])
local remembered = KEYS[#KEYS]
local retired = 0
for i = 1, #KEYS - 1 do
  local ttl = redis.call('TTL', KEYS[i])
  if ttl == -1 then
    redis.call('EXPIRE', KEYS[i], keep)
    redis.call('SADD', remembered, KEYS[i])
    retired = retired + 1
  elseif ttl > keep then
    redis.call('EXPIRE', KEYS[i], keep)
  end
end
if redis.call('EXISTS', remembered) == 1 then
  redis.call('EXPIRE', remembered, keep)
end
return retired
