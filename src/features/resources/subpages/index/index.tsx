import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { MAX_SEARCH_LENGTH, RESOURCE_CATEGORIES, RESOURCE_CATEGORY_LABELS } from '@/types/resources.vocab'
import { SearchBar } from '@/src/shared/ui/nutui.forms'
import { ResourceList } from '@/src/features/resources/components/ResourceList'
import { categoryUrl } from '@/src/features/resources/routes'
import { useResourceSearch } from '@/src/features/resources/useResources'
import './index.scss'

/** The pack: search across all six categories, or open one. */
export default function ResourcePackPage() {
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const results = useResourceSearch(query)

  return (
    <View className='resource-pack'>
      <SearchBar
        className='resource-search'
        placeholder='搜索：招聘、营业执照、消防…'
        value={typed}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(value) => {
          setTyped(value)
          if (!value.trim()) setQuery('')
        }}
        onSearch={(value) => setQuery(value)}
        right={
          <Text className='resource-search-button' onClick={() => setQuery(typed)}>
            搜索
          </Text>
        }
      />
      {query ? (
        <>
          <View className='nx-section-title'>“{query}”的搜索结果</View>
          <ResourceList query={results} emptyTitle='没有找到相关服务，换个词试试' showCategory />
        </>
      ) : (
        <View className='resource-categories'>
          {RESOURCE_CATEGORIES.map((category) => (
            <View key={category} className={`resource-category resource-category-${category}`} onClick={() => Taro.navigateTo({ url: categoryUrl(category) })}>
              <Text className='resource-category__icon'>{RESOURCE_CATEGORY_LABELS[category].icon}</Text>
              <Text className='resource-category__label'>{RESOURCE_CATEGORY_LABELS[category].label}</Text>
              <Text className='resource-category__blurb'>{RESOURCE_CATEGORY_LABELS[category].blurb}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
