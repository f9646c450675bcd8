-- Appends one write of the owner: an optional hole (numbers issued for readings it could not
-- deliver), then a batch of updates, if this relay still holds the lease, the stream is the one
-- it numbered for, and nothing was appended since. A write applied already (a retry after a
-- timeout whose answer was lost) is recognised by its write id and not applied again.
--
-- KEYS: meta, stream, lease, series, tail.
-- ARGV: 1 token, 2 epoch, 3 expected last, 4 write id, 5 hole numbers (0: none),
--       6 hole note ("reason since until"), 7 update count, 8 updates (one per line),
--       9 series entries (one per line), 10 updates of history kept,
--       11 marks: a JSON array of [series id, origin, time] for the last reading of each series,
--       12.. triples of series id, the number of its first update and its catalogue entry.
-- Returns the new last, or -1 (lease lost), -2 (another stream), -3 (another relay appended),
-- -4 (Redis holds less than this relay appended: it lost writes).
local meta = redis.call('HMGET', KEYS[1], 'epoch', 'last', 'lastw')
if meta[1] ~= ARGV[2] then return -2 end
local last = tonumber(meta[2])
if meta[3] == ARGV[4] then return last end
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return -1 end
local expected = tonumber(ARGV[3])
if last > expected then return -3 end
if last < expected then return -4 end
local hole = tonumber(ARGV[5])
local count = tonumber(ARGV[7])
local now = last + hole + count
local time = redis.call('TIME')
local at = time[1] .. string.format('%06d', tonumber(time[2]))
if hole > 0 then
  redis.call('XADD', KEYS[2], (last + 1) .. '-0',
    'e', ARGV[2], 'w', ARGV[4], 'h', hole, 'n', ARGV[6])
end
if count > 0 then
  redis.call('XADD', KEYS[2], (last + hole + 1) .. '-0',
    'e', ARGV[2], 'w', ARGV[4], 'u', ARGV[8], 's', ARGV[9], 'k', ARGV[11])
  for _, mark in ipairs(cjson.decode(ARGV[11])) do
    redis.call('HSET', KEYS[5], mark[1], mark[2] .. ' ' .. mark[3])
  end
end
-- Keep the last ARGV[10] updates: from the entry holding the oldest of them on (entries are
-- batches, so counting entries would keep as many times more as a batch is long).
local oldest = now - tonumber(ARGV[10]) + 1
if oldest > 1 then
  local holder = redis.call('XREVRANGE', KEYS[2], oldest, '-', 'COUNT', 1)
  if holder[1] then
    redis.call('XTRIM', KEYS[2], 'MINID', holder[1][1])
  end
end
redis.call('HSET', KEYS[1], 'last', now, 'lastw', ARGV[4], 'at', at)
for i = 12, #ARGV, 3 do
  redis.call('HSETNX', KEYS[4], ARGV[i], ARGV[i + 1] .. ' ' .. ARGV[i + 2])
end
return now
