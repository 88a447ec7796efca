import type { Activity, ActivityCategoryInfo } from './types.js';

/** Every category's title and one-sentence description, in display order. */
export const ACTIVITY_CATEGORY_INFO: readonly ActivityCategoryInfo[] = [
  { id: 'at_home', title: 'At home', description: 'Simple things to share without going anywhere.' },
  { id: 'outdoors', title: 'Outdoors', description: 'Fresh air, open space and time side by side.' },
  { id: 'learn_together', title: 'Learn together', description: 'Being beginners at something new, at the same time.' },
  { id: 'travel', title: 'Travel', description: 'A change of scene, from a day out to a few nights away.' },
  { id: 'give_back', title: 'Give back', description: 'Doing some good for others, as a team.' },
  { id: 'play', title: 'Play', description: 'Games and light-hearted fun with nothing at stake.' },
  { id: 'calm', title: 'Calm', description: 'Slow, quiet time that asks very little of either of you.' },
];

/** The activity ideas, category by category. */
export const ACTIVITIES: readonly Activity[] = [
  // at home
  { id: 'at_home-001', category: 'at_home', title: 'Cook a new recipe from scratch', description: "Pick a recipe neither of you has made, shop for it together and share the cooking. Whoever isn't stirring chooses the music.", effort: 'medium', cost: 'low' },
  { id: 'at_home-002', category: 'at_home', title: 'Blanket nest film night', description: 'Pile cushions and blankets on the floor, agree on a film and leave your phones in another room.', effort: 'low', cost: 'free' },
  { id: 'at_home-003', category: 'at_home', title: 'An evening with old photos', description: "Look through photos, printed or on a screen, and each pick three you'd like to print or frame.", effort: 'low', cost: 'free' },
  { id: 'at_home-004', category: 'at_home', title: 'Freshen up one room', description: 'Choose one room or corner and move things around until it feels new to you both.', effort: 'medium', cost: 'free' },
  { id: 'at_home-005', category: 'at_home', title: 'Breakfast for dinner', description: 'Make pancakes, eggs or whatever breakfast you love, and eat it by candlelight in the evening.', effort: 'low', cost: 'low' },
  { id: 'at_home-006', category: 'at_home', title: 'Pot a plant together', description: 'Pot a herb, a cutting or a small houseplant and agree how the two of you will look after it.', effort: 'low', cost: 'low' },
  { id: 'at_home-007', category: 'at_home', title: 'Read aloud to each other', description: 'Choose a short novel or a few poems and take turns reading a chapter or a page each evening.', effort: 'low', cost: 'free' },
  { id: 'at_home-008', category: 'at_home', title: 'Make a shared playlist', description: 'Each add songs that mean something to you, then listen through together and say why you chose them.', effort: 'low', cost: 'free' },
  { id: 'at_home-009', category: 'at_home', title: 'Bake a loaf of bread', description: 'Bake a simple loaf together. The waiting between steps is good time for talking, or for just sitting.', effort: 'medium', cost: 'low' },
  { id: 'at_home-010', category: 'at_home', title: 'A slow tea or coffee tasting', description: 'Brew two or three kinds side by side, taste them slowly and notice which one each of you prefers.', effort: 'low', cost: 'low' },
  // outdoors
  { id: 'outdoors-001', category: 'outdoors', title: 'An evening walk with no destination', description: 'Walk for half an hour after dinner, turn wherever looks interesting and let the conversation wander too.', effort: 'low', cost: 'free' },
  { id: 'outdoors-002', category: 'outdoors', title: 'Watch the sunrise', description: 'Set an alarm, fill a flask and watch the sun come up from somewhere with a wide view.', effort: 'medium', cost: 'free' },
  { id: 'outdoors-003', category: 'outdoors', title: 'A picnic in the park', description: 'Pack simple food, a blanket and a book each, and spend an unhurried afternoon outside.', effort: 'low', cost: 'low' },
  { id: 'outdoors-004', category: 'outdoors', title: 'A day hike', description: 'Choose a trail that suits the less experienced walker, pack lunch and rest whenever either of you wants.', effort: 'high', cost: 'low' },
  { id: 'outdoors-005', category: 'outdoors', title: 'Stargazing', description: 'Find a dark spot away from streetlights, stretch out on a blanket and name the constellations, or invent some.', effort: 'low', cost: 'free' },
  { id: 'outdoors-006', category: 'outdoors', title: 'Cycle somewhere new', description: "Ride to a village, park or café you've never visited, at a pace that's easy for you both.", effort: 'medium', cost: 'low' },
  { id: 'outdoors-007', category: 'outdoors', title: 'A swim', description: 'Find a lake, the sea or a public pool and spend an hour in the water with nothing else to do.', effort: 'medium', cost: 'low' },
  { id: 'outdoors-008', category: 'outdoors', title: 'Pick your own fruit', description: 'Visit a farm in season, fill a basket, then make something at home with what you picked.', effort: 'medium', cost: 'low' },
  { id: 'outdoors-009', category: 'outdoors', title: 'A birdwatching morning', description: 'Take binoculars, or just your eyes, to a park or wetland and keep a short list of what you spot.', effort: 'low', cost: 'free' },
  { id: 'outdoors-010', category: 'outdoors', title: 'A collecting walk', description: 'On a walk, each bring back three small natural things, like a leaf, a stone or a shell, and tell each other why you chose them.', effort: 'low', cost: 'free' },
  // learn together
  { id: 'learn_together-001', category: 'learn_together', title: 'Take a cooking class', description: "Sign up for a one-off class in a cuisine neither of you knows well, then cook the dish again at home a week later.", effort: 'medium', cost: 'medium' },
  { id: 'learn_together-002', category: 'learn_together', title: 'Learn a dance', description: "Try a beginners' class or follow a video in the living room. Stepping on toes is part of it.", effort: 'medium', cost: 'low' },
  { id: 'learn_together-003', category: 'learn_together', title: 'Pick up a language', description: "Choose a language you'd both like to speak, learn ten words a week and practise them over dinner.", effort: 'medium', cost: 'free' },
  { id: 'learn_together-004', category: 'learn_together', title: 'A museum visit with a question', description: 'Before you go, each choose one question to find the answer to, then swap what you found over a drink afterwards.', effort: 'low', cost: 'low' },
  { id: 'learn_together-005', category: 'learn_together', title: 'Go to a public talk', description: 'Find a free talk at a library, university or bookshop and talk over what you heard on the way home.', effort: 'low', cost: 'free' },
  { id: 'learn_together-006', category: 'learn_together', title: 'A pottery or craft workshop', description: 'Spend an afternoon making something from clay, wood or fabric. Lopsided pieces make the best keepsakes.', effort: 'medium', cost: 'medium' },
  { id: 'learn_together-007', category: 'learn_together', title: 'Learn the trees and birds nearby', description: 'Borrow a field guide and learn to name five trees or birds within a short walk of home.', effort: 'low', cost: 'free' },
  { id: 'learn_together-008', category: 'learn_together', title: 'A book club for two', description: 'Choose a book to read over a month and meet once a week to talk about the chapters you have each read.', effort: 'low', cost: 'low' },
  { id: 'learn_together-009', category: 'learn_together', title: 'A first-aid course', description: 'Learn something practical side by side that leaves you both feeling more capable.', effort: 'medium', cost: 'medium' },
  { id: 'learn_together-010', category: 'learn_together', title: 'Try an instrument', description: 'Borrow or rent an instrument, learn one simple song together and play it for no audience but yourselves.', effort: 'high', cost: 'medium' },
  // travel
  { id: 'travel-001', category: 'travel', title: 'One night somewhere new nearby', description: 'Book a night in a town an hour or two away and leave the plan mostly empty.', effort: 'medium', cost: 'medium' },
  { id: 'travel-002', category: 'travel', title: 'Revisit a place with good memories', description: 'Go back to somewhere that holds a happy memory for you both, and see how it feels now.', effort: 'medium', cost: 'medium' },
  { id: 'travel-003', category: 'travel', title: 'A train journey for its own sake', description: 'Pick a scenic route, pack snacks and a book, and enjoy the ride as much as where it ends.', effort: 'medium', cost: 'medium' },
  { id: 'travel-004', category: 'travel', title: 'A day at the coast or in the hills', description: 'Leave early, spend the day somewhere with a big view and come home tired in a good way.', effort: 'medium', cost: 'low' },
  { id: 'travel-005', category: 'travel', title: 'Plan a someday trip', description: 'Spend an evening with maps and wish lists planning a journey you might take one day, whether or not you ever book it.', effort: 'low', cost: 'free' },
  { id: 'travel-006', category: 'travel', title: 'A long weekend away', description: 'Take three days somewhere slower, and agree beforehand how much of it is for rest and how much for exploring.', effort: 'high', cost: 'high' },
  { id: 'travel-007', category: 'travel', title: 'A night of camping', description: 'Borrow a tent, find a campsite with basic facilities and cook dinner on a stove or a fire.', effort: 'high', cost: 'low' },
  { id: 'travel-008', category: 'travel', title: 'A trip for one dish', description: 'Travel to a town known for a particular dish or market and make eating it the whole plan.', effort: 'medium', cost: 'medium' },
  { id: 'travel-009', category: 'travel', title: 'A road trip without a route', description: 'Drive for a day with only a rough direction, stopping wherever either of you is curious.', effort: 'high', cost: 'medium' },
  { id: 'travel-010', category: 'travel', title: 'Guests in your own city', description: 'Stay a night in a hotel or guest house in your own town and explore it as visitors would.', effort: 'medium', cost: 'high' },
  // give back
  { id: 'give_back-001', category: 'give_back', title: 'Volunteer at a food bank', description: 'Spend a morning sorting or packing food. Working side by side for others can be quietly steadying.', effort: 'medium', cost: 'free' },
  { id: 'give_back-002', category: 'give_back', title: 'A neighbourhood clean-up', description: 'Take gloves and bags and tidy a stretch of park, beach or street that you both use.', effort: 'low', cost: 'free' },
  { id: 'give_back-003', category: 'give_back', title: 'Cook for someone who could use it', description: 'Make a meal for a neighbour, a friend who is unwell or new parents, and deliver it together.', effort: 'medium', cost: 'low' },
  { id: 'give_back-004', category: 'give_back', title: 'Help at an animal shelter', description: 'Offer to walk dogs or help with cleaning at a local shelter for an afternoon.', effort: 'medium', cost: 'free' },
  { id: 'give_back-005', category: 'give_back', title: 'Pass on what you no longer need', description: 'Sort through a cupboard together, decide what could help someone else and take it to a charity.', effort: 'low', cost: 'free' },
  { id: 'give_back-006', category: 'give_back', title: 'Plant trees', description: "Join a community tree-planting day or a conservation group's work party.", effort: 'high', cost: 'free' },
  { id: 'give_back-007', category: 'give_back', title: 'Write cards to people who might be lonely', description: 'Write cards for residents of a care home, or for friends living alone, and post them together.', effort: 'low', cost: 'low' },
  { id: 'give_back-008', category: 'give_back', title: 'Give blood', description: "If you're both able to, book appointments at the same time and share a treat afterwards.", effort: 'low', cost: 'free' },
  { id: 'give_back-009', category: 'give_back', title: 'Help at a community garden', description: 'Offer a few hours of weeding, watering or building beds at a shared garden near you.', effort: 'medium', cost: 'free' },
  { id: 'give_back-010', category: 'give_back', title: 'Help run a local event', description: 'Help set up or staff a stall at a school fair, a charity run or a street festival.', effort: 'medium', cost: 'free' },
  // play
  { id: 'play-001', category: 'play', title: 'Board game evening', description: 'Pick a game with short rounds, make some snacks and play best of three.', effort: 'low', cost: 'low' },
  { id: 'play-002', category: 'play', title: 'Learn a two-player card game', description: 'Choose a card game neither of you knows, learn the rules together and play until it clicks.', effort: 'low', cost: 'free' },
  { id: 'play-003', category: 'play', title: 'Mini golf or bowling', description: 'Play a round somewhere with low stakes and silly obstacles. Keeping score is optional.', effort: 'low', cost: 'medium' },
  { id: 'play-004', category: 'play', title: 'A jigsaw puzzle', description: 'Start a puzzle on a table where it can stay, and add pieces together over a week.', effort: 'low', cost: 'low' },
  { id: 'play-005', category: 'play', title: 'Karaoke in the living room', description: 'Take turns choosing songs and singing along, however it sounds.', effort: 'low', cost: 'free' },
  { id: 'play-006', category: 'play', title: 'A homemade quiz', description: 'Each write ten light questions about films, food or places, and quiz each other over dinner.', effort: 'low', cost: 'free' },
  { id: 'play-007', category: 'play', title: 'Build a model', description: 'Put together a model or a construction set, sharing out the steps and the fiddly bits.', effort: 'medium', cost: 'medium' },
  { id: 'play-008', category: 'play', title: 'Draw each other', description: 'Take ten minutes to sketch each other, no skill required, and swap drawings at the end.', effort: 'low', cost: 'free' },
  { id: 'play-009', category: 'play', title: 'Go out in the weather', description: 'Next time it snows or pours, go out in it on purpose, then come back in for something warm.', effort: 'low', cost: 'free' },
  { id: 'play-010', category: 'play', title: 'Fly a kite', description: 'Buy or make a kite and find an open, windy space. Untangling the string counts as part of the fun.', effort: 'low', cost: 'low' },
  // calm
  { id: 'calm-001', category: 'calm', title: 'Ten quiet minutes side by side', description: 'Sit together without talking for ten minutes, with a candle or a view, then say one word each about how it felt.', effort: 'low', cost: 'free' },
  { id: 'calm-002', category: 'calm', title: 'Breathe together before bed', description: 'Follow a short breathing exercise together at bedtime, taking turns to choose the recording.', effort: 'low', cost: 'free' },
  { id: 'calm-003', category: 'calm', title: 'A warm foot soak', description: 'Fill two bowls with warm water, add something that smells nice and let the evening slow down.', effort: 'low', cost: 'low' },
  { id: 'calm-004', category: 'calm', title: 'Gentle stretching', description: "Follow a beginners' stretching or yoga video side by side, each at your own pace.", effort: 'low', cost: 'free' },
  { id: 'calm-005', category: 'calm', title: 'A slow walk among trees', description: 'Walk slowly in a wood or park, noticing sounds and smells more than distance. This is about being there, not getting anywhere.', effort: 'low', cost: 'free' },
  { id: 'calm-006', category: 'calm', title: 'Journal side by side', description: 'Sit together with a notebook each and write for fifteen minutes. Share a line only if you want to.', effort: 'low', cost: 'free' },
  { id: 'calm-007', category: 'calm', title: 'Listen to a whole album', description: 'Put on an album, get comfortable close to each other, and listen from the first track to the last.', effort: 'low', cost: 'free' },
  { id: 'calm-008', category: 'calm', title: 'A hand or shoulder massage', description: 'Take turns giving a gentle ten-minute hand or shoulder massage, asking what pressure feels good.', effort: 'low', cost: 'free' },
  { id: 'calm-009', category: 'calm', title: 'A screen-free evening', description: 'Put devices away from dinner until bed and fill the time with reading, cooking, talking or rest.', effort: 'medium', cost: 'free' },
  { id: 'calm-010', category: 'calm', title: 'Watch the water', description: 'Find a bench by a river, a lake or the sea and spend half an hour simply watching it move.', effort: 'low', cost: 'free' },
];

/** Ids of ideas taken out of the list; never reused, so plans saved under them keep their meaning. */
export const RETIRED_ACTIVITY_IDS: readonly string[] = [];

/** The activity with this id, or undefined. */
export function getActivity(id: string): Activity | undefined {
  return ACTIVITIES.find((a) => a.id === id);
}
