-- Everything the item analysis needs, in one round trip: each hash flattened (field, value, ...).
-- KEYS[1] stats  KEYS[2] open reports  KEYS[3] closed reports  KEYS[4] quarantine  KEYS[5] cleared
return { redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[2]), redis.call('HGETALL', KEYS[3]),
  redis.call('HGETALL', KEYS[4]), redis.call('HGETALL', KEYS[5]) }
