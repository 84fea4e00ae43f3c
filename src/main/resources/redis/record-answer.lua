-- Records a learner's first answer to a delivered question, all or nothing.
-- KEYS[1] delivery answers hash    KEYS[2] learner stats hash
-- KEYS[3] learner active-days bitmap  KEYS[4] learner answered sorted set
-- KEYS[5] learner review states hash  KEYS[6] channel's tally for the day (unused for personal questions)
-- ARGV[1] user id  ARGV[2] answer record  ARGV[3] "1" when right  ARGV[4] domain id
-- ARGV[5] day offset in the bitmap  ARGV[6] epoch second  ARGV[7] question id
-- ARGV[8] seconds the delivery's answers are kept
-- ARGV[9] the question's new review state, or "" to leave it as it is
-- ARGV[10] seconds the channel tally is kept, or "" for a personal question
-- Returns 1 when recorded, 0 when this user had already answered this delivery.
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
if redis.call('TTL', KEYS[1]) < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[8])
end
redis.call('HINCRBY', KEYS[2], 'answered', 1)
redis.call('HINCRBY', KEYS[2], ARGV[4] .. ':answered', 1)
if ARGV[3] == '1' then
  redis.call('HINCRBY', KEYS[2], 'right', 1)
  redis.call('HINCRBY', KEYS[2], ARGV[4] .. ':right', 1)
end
redis.call('SETBIT', KEYS[3], ARGV[5], 1)
redis.call('ZADD', KEYS[4], ARGV[6], ARGV[7])
if ARGV[9] ~= '' then
  redis.call('HSET', KEYS[5], ARGV[7], ARGV[9])
end
if ARGV[10] ~= '' then
  redis.call('HINCRBY', KEYS[6], ARGV[4] .. ':answered', 1)
  if ARGV[3] == '1' then
    redis.call('HINCRBY', KEYS[6], ARGV[4] .. ':right', 1)
  end
  if redis.call('TTL', KEYS[6]) < 0 then
    redis.call('EXPIRE', KEYS[6], ARGV[10])
  end
end
return 1
