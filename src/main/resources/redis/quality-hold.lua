-- Quarantines several questions at once (the item analysis's suspect keys); one already quarantined
-- stays as it was.
-- KEYS[1] quarantine
-- ARGV pairs: question id, "epoch second|reviewed then|why"
-- Returns the ids newly quarantined.
local added = {}
for i = 1, #ARGV, 2 do
  if redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) == 1 then
    table.insert(added, ARGV[i])
  end
end
return added
