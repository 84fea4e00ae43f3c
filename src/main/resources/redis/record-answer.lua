-- Records a learner's first answer to a delivered question, all or nothing.
-- KEYS[1] delivery answers hash    KEYS[2] learner stats hash
-- KEYS[3] learner active-days bitmap  KEYS[4] learner answered sorted set
-- KEYS[5] learner review states hash  KEYS[6] channel's tally for the day (or any key when unused)
-- KEYS[7] learner's tally for the week  KEYS[8] channel's missed questions of the week (or any key)
-- KEYS[9] the delivery itself  KEYS[10] learner's shown sorted set
-- KEYS[11], KEYS[12], ... pairs of leaderboard keys: points sorted set, then per-member stats hash
-- ARGV[1] user id  ARGV[2] answer record  ARGV[3] "1" when right
-- ARGV[4] the areas the question counts in, space-separated: its domain, then its guide section (e.g. "d4 s3")
-- ARGV[5] day offset in the bitmap  ARGV[6] epoch second  ARGV[7] question id
-- ARGV[8] seconds the delivery's answers are kept
-- ARGV[9] the question's new review state, or "" to leave it as it is
-- ARGV[10] seconds the channel tally and missed set are kept, or "" for no channel
-- ARGV[11] seconds the learner's weekly tally is kept
-- ARGV[12] points for a right answer
-- ARGV[13] seconds a personal delivery and its answer are kept once answered, or "" to keep their lifetime
-- ARGV[14], ARGV[15], ... seconds each leaderboard is kept ("" = always)
-- Returns 2 when recorded and it is the learner's first attempt at the question ever (the item
-- analysis counts only those), 1 when recorded, 0 when this user had already answered this delivery.
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
local right = ARGV[3] == '1'
local function expire_once(key, seconds)
  if seconds ~= '' and redis.call('TTL', key) < 0 then
    redis.call('EXPIRE', key, seconds)
  end
end
local function count(key, answered, good)
  redis.call('HINCRBY', key, answered, 1)
  if right then
    redis.call('HINCRBY', key, good, 1)
  end
end
local function tally(key, prefix)
  count(key, prefix .. 'answered', prefix .. 'right')
end
if ARGV[13] ~= '' then
  -- Answered: the record only has to outlive double clicks and retries.
  redis.call('EXPIRE', KEYS[1], ARGV[13])
  redis.call('EXPIRE', KEYS[9], ARGV[13])
else
  expire_once(KEYS[1], ARGV[8])
end
local function tally_areas(key)
  for area in string.gmatch(ARGV[4], '%S+') do
    tally(key, area .. ':')
  end
end
-- A learner's counters per area are named short (d4:a, d4:r): kept for good, the long names took
-- about 7 bytes more each. Counters earlier versions wrote (d4:answered, d4:right) stay, and
-- readers add both.
local function tally_short(key, area)
  count(key, area .. ':a', area .. ':r')
end
tally(KEYS[2], '')
for area in string.gmatch(ARGV[4], '%S+') do
  tally_short(KEYS[2], area)
end
local days = redis.call('STRLEN', KEYS[3])
redis.call('SETBIT', KEYS[3], ARGV[5], 1)
if redis.call('STRLEN', KEYS[3]) > days then
  -- SETBIT grows a string with room to spare (up to twice its length); written again, the same
  -- bytes take only what they need. KEEPTTL: a retired workspace's keys keep their time to live.
  redis.call('SET', KEYS[3], redis.call('GET', KEYS[3]), 'KEEPTTL')
end
local firstAttempt = redis.call('ZSCORE', KEYS[4], ARGV[7]) == false
redis.call('ZADD', KEYS[4], ARGV[6], ARGV[7])
-- Answered now, so the answered set says the question was seen lately; its shown entry, never later
-- than this answer, would only say it again.
redis.call('ZREM', KEYS[10], ARGV[7])
if ARGV[9] ~= '' then
  redis.call('HSET', KEYS[5], ARGV[7], ARGV[9])
end
tally(KEYS[7], '')
-- By domain only (ARGV[4]'s first area): the Monday DM, the one reader, shows the week by domain.
tally_short(KEYS[7], string.match(ARGV[4], '%S+'))
expire_once(KEYS[7], ARGV[11])
if ARGV[10] ~= '' then
  tally_areas(KEYS[6])
  expire_once(KEYS[6], ARGV[10])
  if not right then
    redis.call('ZINCRBY', KEYS[8], 1, ARGV[7])
    expire_once(KEYS[8], ARGV[10])
  end
end
local i = 11
local board = 0
while KEYS[i] do
  local answered, good, reached = 0, 0, 0
  local stats = redis.call('HGET', KEYS[i + 1], ARGV[1])
  if stats then
    answered, good, reached = string.match(stats, '(%d+)|(%d+)|(%d+)')
  end
  answered = tonumber(answered) + 1
  good = tonumber(good)
  if right then
    good = good + 1
    reached = ARGV[6]
  end
  redis.call('HSET', KEYS[i + 1], ARGV[1], answered .. '|' .. good .. '|' .. reached)
  redis.call('ZINCRBY', KEYS[i], right and tonumber(ARGV[12]) or 0, ARGV[1])
  expire_once(KEYS[i], ARGV[14 + board])
  expire_once(KEYS[i + 1], ARGV[14 + board])
  i = i + 2
  board = board + 1
end
if firstAttempt then
  return 2
end
return 1
