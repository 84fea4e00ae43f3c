-- Ends a running practice exam (submitted or abandoned) once, whoever else tries, all or nothing.
-- KEYS[1] the exam's hash  KEYS[2] the learner's running-exam pointer  KEYS[3] the learner's attempts
-- (sorted set)  KEYS[4] the learner's review states  KEYS[5] the learner's answered questions  KEYS[6] the due index
-- ARGV[1] the exam's version the result was worked out from  ARGV[2] SUBMITTED | ABANDONED
-- ARGV[3] now, epoch second  ARGV[4] exam id  ARGV[5] who ended it (you | deadline)
-- ARGV[6] the attempt's summary line, "" for none  ARGV[7] seconds attempts are kept
-- ARGV[8] epoch second before which attempts are dropped  ARGV[9] the exam's due target
-- ARGV[10] when the result is due to be sent (epoch second), "" to drop the target
-- ARGV[11] seconds the exam's details are kept from now  ARGV[12] how many review states follow
-- then pairs question id, review state; then the ids of the questions to note as answered.
-- Returns 1 when this call ended it, 0 when it had already ended, -1 when it changed since it was
-- read (read it again), -2 when it does not exist.
local status = redis.call('HGET', KEYS[1], 'status')
if not status then
  return -2
end
if status ~= 'RUNNING' then
  return 0
end
if (redis.call('HGET', KEYS[1], 'v') or '0') ~= ARGV[1] then
  return -1
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'finished', ARGV[3], 'how', ARGV[5])
if redis.call('GET', KEYS[2]) == ARGV[4] then
  redis.call('DEL', KEYS[2])
end
if ARGV[6] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[3], ARGV[6])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[8])
  redis.call('EXPIRE', KEYS[3], ARGV[7])
end
local i = 13
for _ = 1, tonumber(ARGV[12]) do
  redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 1])
  i = i + 2
end
while ARGV[i] do
  redis.call('ZADD', KEYS[5], ARGV[3], ARGV[i])
  i = i + 1
end
if ARGV[10] == '' then
  redis.call('ZREM', KEYS[6], ARGV[9])
else
  redis.call('ZADD', KEYS[6], ARGV[10], ARGV[9])
end
redis.call('EXPIRE', KEYS[1], ARGV[11])
return 1
