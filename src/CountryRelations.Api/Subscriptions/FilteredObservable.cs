namespace CountryRelations.Api.Subscriptions;

/// <summary>The items of <paramref name="source"/> that satisfy <paramref name="predicate"/>.</summary>
public sealed class FilteredObservable<T>(IObservable<T> source, Func<T, bool> predicate) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer) => source.Subscribe(new Filter(observer, predicate));

    private sealed class Filter(IObserver<T> inner, Func<T, bool> predicate) : IObserver<T>
    {
        public void OnCompleted() => inner.OnCompleted();

        public void OnError(Exception error) => inner.OnError(error);

        public void OnNext(T value)
        {
            if (predicate(value))
            {
                inner.OnNext(value);
            }
        }
    }
}
