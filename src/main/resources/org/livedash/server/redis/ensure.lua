-- Creates the feed's stream if there is none.
-- KEYS: meta. ARGV: an epoch for a new stream.
-- Returns epoch, last, the write id of the last append, and its Redis time in microseconds.
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1])
redis.call('HSETNX', KEYS[1], 'last', 0)
return redis.call('HMGET', KEYS[1], 'epoch', 'last', 'lastw', 'at')
