-- Counts a learner's problem report on a question, deployment-wide, and quarantines the question
-- when "the key is wrong" reports reach the threshold; all at once, so exactly one caller sees the
-- quarantine begin.
-- KEYS[1] open report counts  KEYS[2] quarantine  KEYS[3] cleared
-- ARGV[1] question id  ARGV[2] the new reason  ARGV[3] the learner's earlier reason, or ""
-- ARGV[4] the earlier report's epoch second  ARGV[5] the report threshold  ARGV[6] now, epoch second
-- ARGV[7] the question's reviewed date
-- Returns 1 when this report quarantined the question, else 0.
local q = ARGV[1]
local cleared = redis.call('HGET', KEYS[3], q)
local clearedAt = -1
if cleared then
  clearedAt = tonumber(string.match(cleared, '^(%d+)'))
end
-- A replaced report that was still open gives its count back; one closed by a clearing stays closed.
if ARGV[3] ~= '' and tonumber(ARGV[4]) > clearedAt then
  local field = q .. '|' .. ARGV[3]
  if tonumber(redis.call('HGET', KEYS[1], field) or '0') > 0 then
    redis.call('HINCRBY', KEYS[1], field, -1)
  end
end
redis.call('HINCRBY', KEYS[1], q .. '|' .. ARGV[2], 1)
local keyWrong = tonumber(redis.call('HGET', KEYS[1], q .. '|key_wrong') or '0')
if keyWrong >= tonumber(ARGV[5]) and redis.call('HSETNX', KEYS[2], q, ARGV[6] .. '|' .. ARGV[7] .. '|reports') == 1 then
  return 1
end
return 0
