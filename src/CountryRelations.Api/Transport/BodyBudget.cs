namespace CountryRelations.Api.Transport;

/// <summary>
/// The bytes of request bodies held in memory at once (<see cref="RequestLimits.MaxBufferedBodyBytes"/>). Bodies are
/// read before a request takes its turn, so without this, many senders of large bodies at once could hold any amount;
/// a reader reserves what it has received, as it grows, and gives it back when its request ends.
/// </summary>
public sealed class BodyBudget(RequestLimits limits)
{
    private long _held;

    /// <summary>Bytes reserved now.</summary>
    public long Held => Interlocked.Read(ref _held);

    /// <summary>A reservation for one request's body, empty until it grows; disposing it gives everything back.</summary>
    public Reservation Open() => new(this);

    private bool TryReserve(long bytes)
    {
        if (Interlocked.Add(ref _held, bytes) <= limits.MaxBufferedBodyBytes)
        {
            return true;
        }

        Interlocked.Add(ref _held, -bytes);
        return false;
    }

    /// <summary>What one request holds of the budget.</summary>
    public sealed class Reservation(BodyBudget budget) : IDisposable
    {
        private long _bytes;

        /// <summary>Reserves room for <paramref name="bytes"/> in all, or false (keeping what it had) when the budget has no room.</summary>
        public bool TryGrowTo(long bytes)
        {
            if (bytes <= _bytes)
            {
                return true;
            }

            if (!budget.TryReserve(bytes - _bytes))
            {
                return false;
            }

            _bytes = bytes;
            return true;
        }

        public void Dispose()
        {
            Interlocked.Add(ref budget._held, -_bytes);
            _bytes = 0;
        }
    }
}
