-- Begins a new stream in place of one whose numbers can no longer be trusted (Redis came back
-- with less than relays had read from it): its history and series are dropped, numbering starts
-- again at 1. What each series last published ('tail') is kept: it is about the source's
-- readings, not about numbers, and tells the next owner what was published already.
-- KEYS: meta, stream, series. ARGV: the epoch being replaced, the new epoch.
-- Returns the epoch now in force (another relay's, if it began one first).
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if epoch ~= ARGV[1] then return epoch end
redis.call('DEL', KEYS[2], KEYS[3])
redis.call('HSET', KEYS[1], 'epoch', ARGV[2], 'last', 0, 'lastw', '')
return ARGV[2]
