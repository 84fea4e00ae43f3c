-- An operator clears a question (or its content was reviewed again): it leaves the quarantine, its
-- open reports are closed (moved to the closed counts) and the clearing is noted.
-- KEYS[1] open report counts  KEYS[2] closed report counts  KEYS[3] quarantine  KEYS[4] cleared
-- ARGV[1] question id  ARGV[2] now, epoch second  ARGV[3] reviewed date  ARGV[4] by whom ("command", "content")
-- ARGV[5..] every reason code
-- Returns 1 when the question was quarantined, else 0 (its reports are closed either way).
local q = ARGV[1]
for i = 5, #ARGV do
  local field = q .. '|' .. ARGV[i]
  local open = tonumber(redis.call('HGET', KEYS[1], field) or '0')
  if open > 0 then
    redis.call('HINCRBY', KEYS[2], field, open)
  end
  redis.call('HDEL', KEYS[1], field)
end
redis.call('HSET', KEYS[4], q, ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[4])
return redis.call('HDEL', KEYS[3], q)
