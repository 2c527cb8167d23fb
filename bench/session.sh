# Sourced by the load scripts: session USER logs a demo user in at $BASE with a fresh cookie jar and prints the
# session id.
session() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$1&password=demo1234&_csrf=$token" "$BASE/login"
  awk '/JSESSIONID/ {print $7}' "$jar"
  rm -f "$jar"
}
