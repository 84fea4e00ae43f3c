-- One click on a running practice exam: an answer, a move, or a flag, all or nothing.
-- KEYS[1] the exam's hash  KEYS[2] the clicks already handled (set)  KEYS[3] the learner's active-days bitmap
-- ARGV[1] the click's id (Slack's action_ts, a decimal number), "" when it has none  ARGV[2] now, epoch second
-- ARGV[3] answer | go | flag  ARGV[4] the question's index  ARGV[5] the letters (answer; "" clears)
-- or "1"/"0" (flag)  ARGV[6] today's bit in the days bitmap (learner's zone)  ARGV[7] seconds the
-- clicks set is kept
-- Returns {"gone"}, {"over", status}, {"late"}, or {"ok" | "replay", field, value, ...} (the exam after
-- the click; a replayed click changes nothing).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {'gone'}
end
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'RUNNING' then
  return {'over', status}
end
if tonumber(ARGV[2]) >= tonumber(redis.call('HGET', KEYS[1], 'deadline')) then
  return {'late'}
end
local function state(code)
  local fields = redis.call('HGETALL', KEYS[1])
  table.insert(fields, 1, code)
  return fields
end
if ARGV[1] ~= '' then
  if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
    return state('replay')
  end
  if redis.call('TTL', KEYS[2]) < 0 then
    redis.call('EXPIRE', KEYS[2], ARGV[7])
  end
end
-- Ticks sent in quick succession may arrive out of order; the latest click (by action_ts) stands.
local function answer(index, letters)
  local stamp = redis.call('HGET', KEYS[1], 't:' .. index)
  if ARGV[1] ~= '' and stamp and tonumber(stamp) > tonumber(ARGV[1]) then
    return
  end
  if ARGV[1] ~= '' then
    redis.call('HSET', KEYS[1], 't:' .. index, ARGV[1])
  end
  if letters == '' then
    redis.call('HDEL', KEYS[1], 'a:' .. index)
  else
    redis.call('HSET', KEYS[1], 'a:' .. index, letters)
    -- An exam answer is a study day for the streak, like any other answer.
    redis.call('SETBIT', KEYS[3], ARGV[6], 1)
  end
end
if ARGV[8] ~= '' then
  answer(ARGV[8], ARGV[9])
end
local op = ARGV[3]
if op == 'answer' then
  answer(ARGV[4], ARGV[5])
elseif op == 'flag' then
  if ARGV[5] == '1' then
    redis.call('HSET', KEYS[1], 'f:' .. ARGV[4], '1')
  else
    redis.call('HDEL', KEYS[1], 'f:' .. ARGV[4])
  end
end
redis.call('HSET', KEYS[1], 'current', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'v', 1)
return state('ok')
