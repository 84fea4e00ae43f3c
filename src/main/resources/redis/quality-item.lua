-- Adds one first attempt at a question to the deployment-wide item figures.
-- KEYS[1] question stats hash
-- ARGV[1] question id  ARGV[2] "1" when right  ARGV[3] the learner's ability estimate before the answer
-- ARGV[4] "1" when the learner counts as strong  ARGV[5] the letters picked, e.g. "AD"
local q = ARGV[1] .. '|'
local x = tonumber(ARGV[3])
redis.call('HINCRBY', KEYS[1], q .. 'n', 1)
redis.call('HINCRBYFLOAT', KEYS[1], q .. 'sx', x)
redis.call('HINCRBYFLOAT', KEYS[1], q .. 'sxx', x * x)
if ARGV[2] == '1' then
  redis.call('HINCRBY', KEYS[1], q .. 'r', 1)
  redis.call('HINCRBYFLOAT', KEYS[1], q .. 'sxy', x)
end
if ARGV[4] == '1' then
  redis.call('HINCRBY', KEYS[1], q .. 'hn', 1)
end
for letter in string.gmatch(ARGV[5], '%u') do
  redis.call('HINCRBY', KEYS[1], q .. 'c:' .. letter, 1)
  if ARGV[4] == '1' then
    redis.call('HINCRBY', KEYS[1], q .. 'h:' .. letter, 1)
  end
end
return 1
