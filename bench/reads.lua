-- wrk script of bench-reads: every connection cycles through the read mix, one path per line of the
-- file named after "--" (written by bench-reads). Headers given with -H (Authorization) are sent too.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  -- threads start at different points of the mix
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
