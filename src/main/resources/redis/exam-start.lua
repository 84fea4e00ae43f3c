-- Starts a learner's practice exam unless one is running (one at a time), all or nothing.
-- KEYS[1] the learner's running-exam pointer  KEYS[2] the new exam's hash  KEYS[3] the due index
-- ARGV[1] exam id  ARGV[2] seconds the pointer lives at most  ARGV[3] seconds the exam is kept
-- ARGV[4] the exam's due target  ARGV[5] the deadline, epoch second  ARGV[6], ARGV[7], ... field, value
-- Returns "" when started, or the id of the exam already running.
local current = redis.call('GET', KEYS[1])
if current then
  return current
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
for i = 6, #ARGV, 2 do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
end
redis.call('EXPIRE', KEYS[2], ARGV[3])
-- The automatic submission at the deadline, in the same step as the exam itself.
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[4])
return ''
